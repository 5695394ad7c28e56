using System.Reflection;
using Entente.Corpus.Store;

namespace Entente.Corpus.Tests.Ingest;

/// <summary>
/// A store that behaves like the one it wraps until its Nth write (<see cref="IEventStore.Write"/> or
/// <see cref="IEventStore.Enqueue"/>), which throws the given exception, as a full disk or a stopped server would.
/// </summary>
public class FailingStore : DispatchProxy
{
    private IEventStore _inner = null!;
    private int _failOn;
    private int _writes;
    private Exception _error = null!;

    public static IEventStore Wrap(IEventStore inner, int failOnWrite, Exception error)
    {
        var proxy = Create<IEventStore, FailingStore>();
        var self = (FailingStore)(object)proxy;
        self._inner = inner; self._failOn = failOnWrite; self._error = error;
        return proxy;
    }

    protected override object? Invoke(MethodInfo? method, object?[]? args)
    {
        if (method!.Name is nameof(IEventStore.Write) or nameof(IEventStore.Enqueue) && ++_writes == _failOn) throw _error;
        try { return method.Invoke(_inner, args); }
        catch (TargetInvocationException ex) when (ex.InnerException is { } inner) { throw inner; }
    }
}
