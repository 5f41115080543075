namespace Wlz.Rules.Signalering.Export;

/// <summary>How an export identifies the cliënt of each entry (see <see cref="Identificatie"/>).</summary>
public enum Identificatiesoort
{
    /// <summary>The last three digits only (<c>******782</c>): for files that may travel by mail or into tickets.</summary>
    Gemaskeerd = 0,

    /// <summary>A keyed pseudonym (HMAC-SHA256 of the key with the user's secret), stable across runs with the same secret.</summary>
    Pseudoniem = 1,

    /// <summary>The full BSN: only for the file that goes to the zorgaanbieder over a secure channel.</summary>
    Bsn = 2,
}
