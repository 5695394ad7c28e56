namespace Entente.Corpus.Store;

/// <summary>A store that cannot be opened or used as asked: the message says what, the hint what to do.</summary>
public sealed class StoreException : Exception
{
    public string Hint { get; }

    public StoreException(string message, string hint, Exception? inner = null) : base(message, inner) { Hint = hint; }

    public override string ToString() => $"{Message} (hint: {Hint})";
}
