using System.Globalization;
using Wlz.Rules.Evaluatie;

namespace Wlz.Rules.Sample;

/// <summary>A one-line progress indicator on the error stream (so standard output stays deterministic), for large runs only.</summary>
internal sealed class Voortgangsregel(TextWriter err, long totaal) : IProgress<Evaluatievoortgang>
{
    /// <summary>Runs smaller than this print no progress.</summary>
    public const long Drempel = 20_000;

    private bool _getoond;

    public void Report(Evaluatievoortgang value)
    {
        if (totaal < Drempel)
        {
            return;
        }

        var procent = totaal == 0 ? 100 : value.Verwerkt * 100 / totaal;
        err.Write(string.Create(CultureInfo.InvariantCulture, $"\r[{new string('#', (int)(procent / 5)),-20}] {value.Verwerkt:N0}/{totaal:N0} dossiers ({procent}%), {value.Afgewezen:N0} afgewezen"));
        _getoond = true;
    }

    public void Klaar(TimeSpan duur, long aantal)
    {
        if (!_getoond)
        {
            return;
        }

        var perSeconde = duur.TotalSeconds > 0 ? aantal / duur.TotalSeconds : 0;
        using var proces = System.Diagnostics.Process.GetCurrentProcess();
        err.WriteLine();
        err.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Klaar in {duur.TotalSeconds:0.0} s ({perSeconde:N0} cliënten/s; piek werkgeheugen {proces.PeakWorkingSet64 / 1024 / 1024:N0} MB)."));
    }

    /// <summary>For a large run, reports how long a later stage (display, history, export) took.</summary>
    public void Stap(string naam, TimeSpan duur)
    {
        if (!_getoond)
        {
            return;
        }

        using var proces = System.Diagnostics.Process.GetCurrentProcess();
        err.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{naam}: {duur.TotalSeconds:0.0} s (piek werkgeheugen {proces.PeakWorkingSet64 / 1024 / 1024:N0} MB)."));
    }
}
