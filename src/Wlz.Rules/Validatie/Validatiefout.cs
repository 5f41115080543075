using FluentValidation.Results;

namespace Wlz.Rules.Validatie;

/// <summary>One validation failure: a stable code, the fact and field it is about, and a message that never contains a full BSN.</summary>
public sealed class Validatiefout
{
    /// <summary>Initializes a new instance of the <see cref="Validatiefout"/> class.</summary>
    /// <param name="code">The stable error code from <see cref="Foutcodes"/>.</param>
    /// <param name="feit">The fact, e.g. <c>Zorgtoewijzing 'T1'</c>.</param>
    /// <param name="veld">The path of the field, e.g. <c>Zorgtoewijzingen[0].Einddatum</c>.</param>
    /// <param name="melding">The full message, naming dossier, fact and field.</param>
    /// <exception cref="ArgumentNullException">Thrown when an argument is <see langword="null"/>.</exception>
    public Validatiefout(string code, string feit, string veld, string melding)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(feit);
        ArgumentNullException.ThrowIfNull(veld);
        ArgumentNullException.ThrowIfNull(melding);
        Code = code;
        Feit = feit;
        Veld = veld;
        Melding = melding;
    }

    /// <summary>Gets the stable error code, e.g. <c>WLZ-V004</c>.</summary>
    public string Code { get; }

    /// <summary>Gets the fact the failure is about, with its (masked) id.</summary>
    public string Feit { get; }

    /// <summary>Gets the path of the field, e.g. <c>Mazen[2].Sleuteldatum</c>.</summary>
    public string Veld { get; }

    /// <summary>Gets the message, naming dossier, fact and field.</summary>
    public string Melding { get; }

    /// <summary>Converts a FluentValidation failure produced by the Wlz.Rules validators.</summary>
    /// <param name="failure">The failure.</param>
    /// <returns>The validation failure with code, fact, field and message.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="failure"/> is <see langword="null"/>.</exception>
    public static Validatiefout Van(ValidationFailure failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        return new Validatiefout(failure.ErrorCode ?? string.Empty, failure.CustomState as string ?? string.Empty, failure.PropertyName ?? string.Empty, failure.ErrorMessage ?? string.Empty);
    }

    /// <summary>Returns the code and message.</summary>
    /// <returns>E.g. <c>WLZ-V004: Dossier ******782, Zorgtoewijzing 'T1', Einddatum: …</c>.</returns>
    public override string ToString() => $"{Code}: {Melding}";
}
