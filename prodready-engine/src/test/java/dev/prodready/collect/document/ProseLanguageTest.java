package dev.prodready.collect.document;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProseLanguageTest {

    @Test
    void tellsTheLanguagesOfTheDocumentationTeamsWrite() {
        assertThat(ProseLanguage.of("""
                When a deploy fails, roll back to the previous release in Vercel and tell the team in the incident
                channel. The on-call engineer owns the incident until it is resolved and writes the post-mortem.
                """)).isEqualTo("en");
        assertThat(ProseLanguage.of("""
                Wenn eine Auslieferung fehlschlägt, wird in Vercel die vorige Version wieder aktiv geschaltet. Die
                Bereitschaft ist für den Vorfall verantwortlich, bis er behoben ist, und schreibt den Bericht.
                """)).isEqualTo("de");
        assertThat(ProseLanguage.of("""
                Nous collectons votre nom et votre adresse e-mail pour gérer vos réservations. Les données sont
                conservées tant que votre compte est actif, puis supprimées dans un délai de trente jours.
                """)).isEqualTo("fr");
        assertThat(ProseLanguage.of("""
                Recopilamos su nombre y su correo para gestionar las reservas. Los datos se conservan mientras la
                cuenta está activa y se eliminan cuando usted lo solicita por correo a nuestro equipo de soporte.
                """)).isEqualTo("es");
        assertThat(ProseLanguage.of("""
                Wij verzamelen uw naam en e-mailadres om uw reserveringen te beheren. De gegevens worden bewaard
                zolang uw account actief is en worden daarna verwijderd. U kunt ons altijd een vraag stellen.
                """)).isEqualTo("nl");
    }

    @Test
    void tooLittleTextTellsNothing() {
        assertThat(ProseLanguage.of("Supabase | Stripe | Vercel")).isEmpty();
        assertThat(ProseLanguage.of("Datenschutz und Impressum")).isEmpty();
    }
}
