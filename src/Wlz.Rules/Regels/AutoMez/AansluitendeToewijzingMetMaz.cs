using Wlz.Rules.Model;

namespace Wlz.Rules.Regels.AutoMez;

/// <summary>
/// The derived fact "toewijzing <see cref="ToewijzingId"/>, whose einddatum has passed, has another toewijzing
/// <see cref="AndereToewijzingId"/> that is geldig on the peildatum or aansluitend on that einddatum and has a MAZ that
/// was not withdrawn", inserted by <see cref="BepaalAansluitendeToewijzingMetMaz"/>. Its presence keeps
/// <see cref="BepaalAutomezKandidaat"/> from placing an automatic MEZ on <see cref="ToewijzingId"/>.
/// </summary>
/// <remarks>
/// One fact per pair of toewijzingen, not per other toewijzing: whether the other one is aansluitend depends on the
/// einddatum of the ended toewijzing, so it is a relation between the two. Immutable; identity is by reference.
/// </remarks>
public sealed class AansluitendeToewijzingMetMaz
{
    /// <summary>Initializes the fact.</summary>
    /// <param name="toewijzingId">The id of the toewijzing whose einddatum has passed.</param>
    /// <param name="andereToewijzingId">The id of the other, geldige or aansluitende, toewijzing with a MAZ.</param>
    /// <exception cref="ArgumentNullException">Thrown when an argument is <see langword="null"/>.</exception>
    public AansluitendeToewijzingMetMaz(string toewijzingId, string andereToewijzingId)
    {
        ArgumentNullException.ThrowIfNull(toewijzingId);
        ArgumentNullException.ThrowIfNull(andereToewijzingId);
        ToewijzingId = toewijzingId;
        AndereToewijzingId = andereToewijzingId;
    }

    /// <summary>Gets the id of the toewijzing whose einddatum has passed.</summary>
    public string ToewijzingId { get; }

    /// <summary>Gets the id of the other toewijzing: geldig on the peildatum or aansluitend, with a MAZ that was not withdrawn.</summary>
    public string AndereToewijzingId { get; }

    /// <inheritdoc/>
    public override string ToString() =>
        $"Toewijzing '{Maskering.Maskeer(ToewijzingId)}' heeft aansluitende toewijzing '{Maskering.Maskeer(AndereToewijzingId)}' met MAZ";
}
