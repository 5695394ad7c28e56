using Entente.Syntax.Tagging;

namespace Entente.Core.Text;

/// <summary>
/// The joint tags (UPOS + XPOS) of a tag set that pass a test, as one flag per tag id, for the tag corrections
/// (<see cref="ITagCorrection"/>) to test a word's tag in the hot loop without comparing strings. A tag id the set does
/// not hold tests false.
/// </summary>
internal readonly struct TagMask
{
    private readonly bool[] _in;

    private TagMask(bool[] flags) { _in = flags; }

    /// <summary>The tags of <paramref name="tags"/> for which <paramref name="test"/>(UPOS, XPOS) holds.</summary>
    public static TagMask Of(TagSet tags, Func<string, string, bool> test)
    {
        var flags = new bool[tags.Count];
        for (int t = 0; t < tags.Count; t++) flags[t] = test(tags.Upos(t), tags.Xpos(t));
        return new TagMask(flags);
    }

    public bool this[int tag] => (uint)tag < (uint)_in.Length && _in[tag];
}
