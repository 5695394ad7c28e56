using System.Globalization;

namespace Entente.Syntax.Tests.ShippedModel;

[Collection(ShippedModelCollection.Name)]
public class ShippedModelTests(ShippedModelFixture shipped)
{
    [Theory]
    [InlineData("train")]
    [InlineData("trained")]
    [InlineData("seed")]
    public void Metadata_HasProvenanceKey_ShippedModel(string key)
    {
        Assert.True(shipped.Model.Metadata.TryGetValue(key, out var value), $"no '{key}' in the model's metadata: {string.Join(", ", shipped.Model.Metadata.Keys)}");
        Assert.False(string.IsNullOrWhiteSpace(value));
    }

    [Fact]
    public void Metadata_TrainedIsADate_ShippedModel()
    {
        Assert.True(DateOnly.TryParseExact(shipped.Model.Metadata["trained"], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            $"trained = '{shipped.Model.Metadata["trained"]}'");
        Assert.True(int.TryParse(shipped.Model.Metadata["seed"], NumberStyles.Integer, CultureInfo.InvariantCulture, out _));
    }
}
