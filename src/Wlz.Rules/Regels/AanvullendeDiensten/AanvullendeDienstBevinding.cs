namespace Wlz.Rules.Regels.AanvullendeDiensten;

/// <summary>What an <see cref="AanvullendeDienstSignaal"/> reports.</summary>
public enum AanvullendeDienstBevinding
{
    /// <summary>A charge for a dienst whose category belongs to the Wlz-verzekerde zorg.</summary>
    BijbetalingVoorVerzekerdeZorg = 1,

    /// <summary>An offered dienst that is not published.</summary>
    NietGepubliceerd = 2,

    /// <summary>An offered dienst the cliëntenraad has not approved (on the peildatum).</summary>
    NietGoedgekeurd = 3,

    /// <summary>An offered dienst whose tarief differs from the tarief the cliëntenraad approved.</summary>
    TariefWijktAfVanGoedgekeurd = 4,

    /// <summary>A charge whose amount differs from the approved tarief times the number of units.</summary>
    BedragWijktAfVanGoedgekeurd = 5,

    /// <summary>A charge dated before the cliëntenraad's approval of the dienst (or for a dienst never approved).</summary>
    BijbetalingVoorGoedkeuring = 6,

    /// <summary>An offered dienst made mandatory.</summary>
    VerplichtGesteld = 7,

    /// <summary>A charge for a dienst the zorgaanbieder does not list among its offered diensten.</summary>
    BijbetalingZonderBekendeDienst = 8,

    /// <summary>An offered dienst whose tarief is above the reasonable maximum the catalogue sets for its category.</summary>
    TariefOnredelijkHoog = 9,
}
