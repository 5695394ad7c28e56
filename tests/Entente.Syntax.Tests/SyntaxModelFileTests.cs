using System.IO.Compression;
using System.Text;

namespace Entente.Syntax.Tests;

/// <summary>A damaged model file (truncated, or a table count that is garbage) fails with the clear "not a readable model" error.</summary>
[Collection(MiniModelCollection.Name)]
public class SyntaxModelFileTests(MiniModel mini)
{
    [Theory]
    [InlineData(int.MaxValue)]
    [InlineData(-1)]
    public void Load_ThrowsNamingFile_CorruptLemmaTableCount(int count)
    {
        using var temp = new TestData.TempFolder();
        var path = temp.File("corrupt.bin.gz");
        File.WriteAllBytes(path, Gzip(WithLemmaCount(count)));

        var e = Record.Exception(() => SyntaxModel.Load(path));

        Assert.IsType<SyntaxModelException>(e);
        Assert.StartsWith(path + ": not a readable Entente syntax model", e.Message);
    }

    [Fact]
    public void Load_ReadsModel_LemmaTableCountUnchanged()
    {
        // the same surgery with the true count: proves the offset found below is the lemma table's
        using var temp = new TestData.TempFolder();
        var path = temp.File("same.bin.gz");
        var bytes = Model();
        int at = LemmaTableOffset(bytes);
        File.WriteAllBytes(path, Gzip(bytes));

        var loaded = SyntaxModel.Load(path);

        Span<char> scratch = stackalloc char[Entente.Syntax.Tagging.Lemmatizer.ScratchLength];
        Assert.Equal("meet", loaded.Lemmatizer.Lemma("met", "VERB", "VBD", scratch));
        Assert.Equal(mini.Model.Lemmatizer.TableSize, BitConverter.ToInt32(bytes, at));
    }

    [Fact]
    public void Load_ThrowsNamingFile_TruncatedModel()
    {
        using var temp = new TestData.TempFolder();
        var path = temp.File("truncated.bin.gz");
        var bytes = Model();
        File.WriteAllBytes(path, Gzip(bytes[..(bytes.Length / 2)]));

        var e = Assert.Throws<SyntaxModelException>(() => SyntaxModel.Load(path));

        Assert.Equal(path, e.FilePath);
        Assert.StartsWith(path + ": not a readable Entente syntax model", e.Message);
        Assert.Contains("hint:", e.Message);
    }

    private byte[] Model()
    {
        using var m = new MemoryStream();
        mini.Model.Write(m);
        m.Position = 0;
        using var gz = new GZipStream(m, CompressionMode.Decompress);
        using var raw = new MemoryStream();
        gz.CopyTo(raw);
        return raw.ToArray();
    }

    private byte[] WithLemmaCount(int count)
    {
        var bytes = Model();
        BitConverter.GetBytes(count).CopyTo(bytes, LemmaTableOffset(bytes));
        return bytes;
    }

    /// <summary>Where the lemmatiser's section starts in the uncompressed model: found by its own serialisation.</summary>
    private int LemmaTableOffset(byte[] model)
    {
        using var m = new MemoryStream();
        using (var w = new BinaryWriter(m, Encoding.UTF8, leaveOpen: true)) mini.Model.Lemmatizer.Write(w);
        var section = m.ToArray();
        int at = model.AsSpan().IndexOf(section);
        Assert.True(at > 0, "lemmatiser section not found in the model file");
        Assert.Equal(-1, model.AsSpan(at + 1).IndexOf(section));
        return at;
    }

    private static byte[] Gzip(byte[] raw)
    {
        using var m = new MemoryStream();
        using (var gz = new GZipStream(m, CompressionLevel.Fastest, leaveOpen: true)) gz.Write(raw);
        return m.ToArray();
    }
}
