using System.Collections.Immutable;
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
    /// <summary>The one-actor cue of an event with only its victim named (EventCoder).</summary>
    internal const string VictimOnlyCue = "one actor: no source named (the victim only)";

    public IReadOnlyList<CodedEvent> Assign(IReadOnlyList<CodedEvent> events)
    {
        List<CodedEvent>? result = null;
        for (int k = 0; k < events.Count; k++)
        {
            var e = events[k];
            if (!e.Source.IsUnstated || e.Target.IsUnstated || !agents.TryGet(e.Cameo, out var agent, out var origin)) continue;
            string? state = e.Location?.Country is { Length: 3 } placed ? placed : null;
            string basis = "the event's place";
            if (state == null && stateOf(e.Target.Code) is { } victim) (state, basis) = (victim, "the victim's state");
            if (state == null) continue;
            result ??= [.. events];
            result[k] = e with
            {
                Source = new ActorRef(state, nameOf(state), agent),
                Why = e.Why with
                {
                    Entries = e.Why.Entries.Select(x => x == EventExtractor.NoSourceNamed
                        ? $"source: the {agent} of {state} ({basis}), whose act a {e.Cameo} with no doer named is ({origin})" : x).ToImmutableArray(),
                    Cues = e.Why.Cues.Where(x => x != VictimOnlyCue).ToImmutableArray(),
                },
            };
        }
        return result ?? events;
    }
}
