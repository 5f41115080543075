using Wlz.Rules.Signalering;
using Wlz.Rules.Validatie.Kamers;

namespace Wlz.Rules.Regels.Mutatiedagen;

/// <summary>The outcome of evaluating one room partition: the signals, or the rejection when the partition is invalid.</summary>
public sealed class Kamerresultaat
{
    internal Kamerresultaat(string kamerId, IReadOnlyList<Signaal> signalen, Kamerafwijzing? afwijzing)
    {
        KamerId = kamerId;
        Signalen = signalen;
        Afwijzing = afwijzing;
    }

    /// <summary>Gets the id of the room.</summary>
    public string KamerId { get; }

    /// <summary>Gets the signals, in the engine's deterministic order; empty when rejected.</summary>
    public IReadOnlyList<Signaal> Signalen { get; }

    /// <summary>Gets the rejection, or <see langword="null"/> when the partition was valid and evaluated.</summary>
    public Kamerafwijzing? Afwijzing { get; }

    /// <summary>Gets a value indicating whether the partition was rejected.</summary>
    public bool IsAfgewezen => Afwijzing is not null;

    /// <summary>Gets the signals of type <typeparamref name="T"/>, in order.</summary>
    /// <typeparam name="T">The signal type, e.g. <see cref="MutatiedagenSignaal"/>.</typeparam>
    /// <returns>The signals.</returns>
    public IReadOnlyList<T> SignalenVan<T>()
        where T : Signaal => [.. Signalen.OfType<T>()];
}
