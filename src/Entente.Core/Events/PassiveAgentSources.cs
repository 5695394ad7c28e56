using Entente.Core.Knowledge;

namespace Entente.Core.Events;

/// <summary>
/// The source of a victim-only event whose act is some agent's job (data/cameo/passive-agents.tsv): "22 people were detained
/// in Paris" is the French police's act (FRA/COP), "mobile internet was cut" the government's. The state is the one where the
/// event happened (its location, as <c>Places.EventLocator</c> set it), else the victim's; with neither the event keeps no
/// source. <c>why</c> names the row and where the state came from, and loses the one-actor cue.
/// Reads: the events, their locations and targets. Writes: the source of those events.
/// </summary>
public sealed class PassiveAgentSources(PassiveAgents agents, Func<string, string?> stateOf, Func<string, string> nameOf)
{
    public IReadOnlyList<CodedEvent> Assign(IReadOnlyList<CodedEvent> events) => CodedEvents.Replace(events, WithSource);

    private CodedEvent? WithSource(CodedEvent e)
    {
        if (!e.Source.IsUnstated || e.Target.IsUnstated || !agents.TryGet(e.Cameo, out var agent, out var origin)) return null;
        string? state = e.Location?.Country is { Length: 3 } placed ? placed : null;
        string basis = "the event's place";
        if (state == null && stateOf(e.Target.Code) is { } victim) (state, basis) = (victim, "the victim's state");
        if (state == null) return null;
        return EventExtractor.WithStatedSource(e, new ActorRef(state, nameOf(state), agent),
            $"source: the {agent} of {state} ({basis}), whose act a {e.Cameo} with no doer named is ({origin})");
    }
}
