using Wlz.Rules.Engine;

namespace Wlz.Rules.Signalering;

/// <summary>
/// Describes one kind of output: a signaleringslijst the zorgkantoor sends to a zorgaanbieder, an action of the
/// zorgkantoor itself (such as an automatic MEZ), or a kind of finding (such as a declaration that breaks a rule).
/// </summary>
/// <remarks>Each rule set declares its own definitions; <see cref="Code"/> is stable and used in exports and diffs.</remarks>
public sealed class Lijstdefinitie
{
    /// <summary>Initializes a new list definition.</summary>
    /// <param name="code">The stable code, e.g. <c>ZorgtoewijzingZonderMazMut</c>.</param>
    /// <param name="titel">The title as the source writes it, e.g. "Zorgtoewijzing zonder MAZ/MUT".</param>
    /// <param name="cadans">How often it is sent.</param>
    /// <param name="gevraagdeActie">What the zorgaanbieder is asked to do, in the source's words.</param>
    /// <param name="bron">The source sentence that defines who is on the list.</param>
    /// <exception cref="ArgumentException">Thrown when <paramref name="code"/> or <paramref name="titel"/> is empty.</exception>
    public Lijstdefinitie(string code, string titel, Cadans cadans, string gevraagdeActie, RuleSource bron)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(titel);
        ArgumentNullException.ThrowIfNull(gevraagdeActie);
        ArgumentNullException.ThrowIfNull(bron);
        Code = code;
        Titel = titel;
        Cadans = cadans;
        GevraagdeActie = gevraagdeActie;
        Bron = bron;
    }

    /// <summary>Gets the stable code of the list.</summary>
    public string Code { get; }

    /// <summary>Gets the title as the source writes it.</summary>
    public string Titel { get; }

    /// <summary>Gets how often the list is sent.</summary>
    public Cadans Cadans { get; }

    /// <summary>Gets what the zorgaanbieder is asked to do, in the words of the source.</summary>
    public string GevraagdeActie { get; }

    /// <summary>Gets the source sentence that defines who is on the list.</summary>
    public RuleSource Bron { get; }

    /// <inheritdoc/>
    public override string ToString() => Titel;
}
