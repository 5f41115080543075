using NodaTime;

namespace Wlz.Rules.Kalender;

/// <summary>The feestdagen of Algemene termijnenwet art. 3 lid 1 and lid 2 that follow from a formula.</summary>
internal static class AtwFeestdagen
{
    private const int EersteJaarKoningsdag = 2014;

    /// <summary>Gets the algemeen erkende feestdagen (lid 1) and Goede Vrijdag (lid 2) of a year, in date order.</summary>
    /// <param name="jaar">The year.</param>
    /// <returns>The days.</returns>
    public static IEnumerable<Feestdag> Voor(int jaar)
    {
        const FeestdagGrondslag Lid1 = FeestdagGrondslag.AlgemeenErkend;
        var pasen = Pasen.EerstePaasdag(jaar);
        yield return new Feestdag(new LocalDate(jaar, 1, 1), "Nieuwjaarsdag", Lid1, Bronnen.AtwLid1);
        yield return new Feestdag(pasen.PlusDays(-2), "Goede Vrijdag", FeestdagGrondslag.GelijkgesteldBijWet, Bronnen.AtwLid2);
        yield return new Feestdag(pasen.PlusDays(1), "Tweede Paasdag", Lid1, Bronnen.AtwLid1);
        yield return VerjaardagVanDeKoning(jaar);
        yield return new Feestdag(new LocalDate(jaar, 5, 5), "Bevrijdingsdag", Lid1, Bronnen.AtwLid1);
        yield return new Feestdag(pasen.PlusDays(39), "Hemelvaartsdag", Lid1, Bronnen.AtwLid1);
        yield return new Feestdag(pasen.PlusDays(50), "Tweede Pinksterdag", Lid1, Bronnen.AtwLid1);
        yield return new Feestdag(new LocalDate(jaar, 12, 25), "Eerste Kerstdag", Lid1, Bronnen.AtwLid1);
        yield return new Feestdag(new LocalDate(jaar, 12, 26), "Tweede Kerstdag", Lid1, Bronnen.AtwLid1);
    }

    /// <summary>
    /// Gets "de dag waarop de verjaardag van de Koning wordt gevierd": from 2014 Koningsdag on 27 April, or Saturday
    /// 26 April when the 27th is a Sunday; up to 2013 Koninginnedag on 30 April, or Saturday 29 April when the 30th is a Sunday.
    /// </summary>
    private static Feestdag VerjaardagVanDeKoning(int jaar)
    {
        var koning = jaar >= EersteJaarKoningsdag;
        var datum = new LocalDate(jaar, 4, koning ? 27 : 30);
        if (datum.DayOfWeek == IsoDayOfWeek.Sunday)
        {
            datum = datum.PlusDays(-1);
        }

        return new Feestdag(datum, koning ? "Koningsdag" : "Koninginnedag", FeestdagGrondslag.AlgemeenErkend, Bronnen.AtwLid1);
    }
}
