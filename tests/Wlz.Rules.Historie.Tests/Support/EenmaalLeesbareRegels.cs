using System.Collections;
using Wlz.Rules.Signalering.Export;

namespace Wlz.Rules.Historie.Tests.Support;

/// <summary>
/// Entries as a spool file gives them: they can be enumerated once, and nothing else. Count and the indexer throw, so
/// a test fails when the store materializes or counts the list instead of streaming it.
/// </summary>
internal sealed class EenmaalLeesbareRegels(IEnumerable<RapportbestandRegel> regels) : IReadOnlyList<RapportbestandRegel>
{
    private bool _gelezen;

    public int Count => throw new InvalidOperationException("A spooled list is not counted: enumerate it once.");

    public RapportbestandRegel this[int index] => throw new InvalidOperationException("A spooled list is not indexed: enumerate it once.");

    public IEnumerator<RapportbestandRegel> GetEnumerator()
    {
        if (_gelezen)
        {
            throw new InvalidOperationException("A spooled list is enumerated once.");
        }

        _gelezen = true;
        return regels.GetEnumerator();
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
