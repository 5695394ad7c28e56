namespace Entente.Syntax.Tagging;

/// <summary>
/// The tagger's classes: each (UPOS, XPOS) pair seen in training is one joint tag, so the two tag layers never
/// disagree ("AUX"+"MD", "PROPN"+"NNP"). Ids are dense and stable for a model.
/// </summary>
public sealed class TagSet
{
    private readonly List<(string Upos, string Xpos)> _tags = [];
    private readonly Dictionary<(string, string), int> _ids = [];
    private readonly List<int> _coarse = [];
    private readonly Dictionary<string, int> _coarseIds = new(StringComparer.Ordinal);

    /// <summary>The UPOS of a joint tag as a small number (the parser's coarse backoff features).</summary>
    public int Coarse(int id) => _coarse[id];

    public int Count => _tags.Count;
    public string Upos(int id) => _tags[id].Upos;
    public string Xpos(int id) => _tags[id].Xpos;

    public int GetOrAdd(string upos, string xpos)
    {
        if (_ids.TryGetValue((upos, xpos), out int id)) return id;
        id = _tags.Count;
        _tags.Add((string.Intern(upos), string.Intern(xpos)));
        _ids[(upos, xpos)] = id;
        if (!_coarseIds.TryGetValue(upos, out int c)) _coarseIds[upos] = c = _coarseIds.Count;
        _coarse.Add(c);
        return id;
    }

    public int Find(string upos, string xpos) => _ids.TryGetValue((upos, xpos), out int id) ? id : -1;

    internal void Write(BinaryWriter w)
    {
        w.Write(_tags.Count);
        foreach (var (u, x) in _tags) { w.Write(u); w.Write(x); }
    }

    internal static TagSet Read(BinaryReader r)
    {
        var set = new TagSet();
        int n = r.ReadInt32();
        if (n <= 0 || n > 4096) throw new InvalidDataException($"bad tag count {n}");
        for (int i = 0; i < n; i++) set.GetOrAdd(r.ReadString(), r.ReadString());
        return set;
    }
}

/// <summary>A dense set of labels (dependency relations), with stable ids.</summary>
public sealed class LabelSet
{
    private readonly List<string> _labels = [];
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);

    public int Count => _labels.Count;
    public string this[int id] => _labels[id];
    public int GetOrAdd(string label)
    {
        if (_ids.TryGetValue(label, out int id)) return id;
        _ids[label] = id = _labels.Count;
        _labels.Add(string.Intern(label));
        return id;
    }
    public int Find(string label) => _ids.TryGetValue(label, out int id) ? id : -1;

    internal void Write(BinaryWriter w) { w.Write(_labels.Count); foreach (var l in _labels) w.Write(l); }

    internal static LabelSet Read(BinaryReader r)
    {
        var set = new LabelSet();
        int n = r.ReadInt32();
        if (n <= 0 || n > 4096) throw new InvalidDataException($"bad label count {n}");
        for (int i = 0; i < n; i++) set.GetOrAdd(r.ReadString());
        return set;
    }
}
