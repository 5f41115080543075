namespace Wlz.Rules.Kalender;

/// <summary>Identifies why a date is not a werkdag.</summary>
public enum NietWerkdagSoort
{
    /// <summary>The date is a Saturday (and no feestdag).</summary>
    Zaterdag = 0,

    /// <summary>The date is a Sunday (and no feestdag).</summary>
    Zondag = 1,

    /// <summary>The date is a feestdag, a gelijkgestelde dag or a day added to the calendar; see <see cref="NietWerkdagReden.Feestdagen"/>.</summary>
    Feestdag = 2,
}
