namespace Wlz.Rules.Historie;

/// <summary>
/// Thrown when a history database was written by a newer version of this library than the one opening it: its layout
/// may hold what this version cannot read, so it is left untouched.
/// </summary>
public sealed class HistorieversieException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="HistorieversieException"/> class.</summary>
    public HistorieversieException()
        : base("The history database was written by a newer version of Wlz.Rules.Historie.")
    {
    }

    /// <summary>Initializes a new instance of the <see cref="HistorieversieException"/> class with a message.</summary>
    /// <param name="message">The message.</param>
    public HistorieversieException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="HistorieversieException"/> class with a message and a cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public HistorieversieException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    internal HistorieversieException(string pad, int databaseversie, int ondersteundeVersie)
        : base($"The history database '{pad}' has schema version {databaseversie}, newer than version {ondersteundeVersie} that this version of Wlz.Rules.Historie reads and writes: open it with a newer Wlz.Rules.Historie.")
    {
        Databaseversie = databaseversie;
        OndersteundeVersie = ondersteundeVersie;
    }

    /// <summary>Gets the schema version of the database (<c>PRAGMA user_version</c>), or 0 when not known.</summary>
    public int Databaseversie { get; }

    /// <summary>Gets the newest schema version this library supports (<see cref="Rapporthistorie.Schemaversie"/>), or 0 when not known.</summary>
    public int OndersteundeVersie { get; }
}
