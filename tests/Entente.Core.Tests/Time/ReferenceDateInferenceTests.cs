using Entente.Core.Time;
using static Entente.Core.Tests.Time.TimeFixtures;

namespace Entente.Core.Tests.Time;

public class ReferenceDateInferenceTests
{
    private static ReferenceDateInference Inference => new(Recognizer.Value);

    [Fact]
    public void Infer_ReturnsLatestExplicitDay_WhenTextHasSeveral()
    {
        var d = Inference.Infer("Talks began on October 23, 2023 and resumed on 2 February 2024; a memo of 2023-11-30 followed.", []);
        Assert.Equal(D("2024-02-02"), d);
    }

    [Fact]
    public void Infer_IgnoresDeadlines_WhenTextNamesFutureTargets()
    {
        var d = Inference.Infer("The line should open by December 31, 2030, officials said on January 5, 2024.", []);
        Assert.Equal(D("2024-01-05"), d);
    }

    [Fact]
    public void Infer_PrefersCitationDate_WhenLaterThanText()
    {
        var d = Inference.Infer("The drills of October 23, 2023 were filmed.", [D("2024-02-21"), D("2023-11-28")]);
        Assert.Equal(D("2024-02-21"), d);
    }

    [Fact]
    public void Infer_IgnoresFarFutureTextDates_WhenCitationsExist()
    {
        var d = Inference.Infer("A summit is planned for June 10, 2026.", [D("2024-02-21")]);
        Assert.Equal(D("2024-02-21"), d);
    }

    [Fact]
    public void Infer_ReturnsNull_WhenNoFullDate()
    {
        Assert.Null(Inference.Infer("Ties grew in 2019 and again last year.", []));
    }
}
