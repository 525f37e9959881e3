package com.lyrox.knowledge.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lyrox.knowledge.KnowledgeFiles;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Text out of each file type the knowledge base takes, and clear reasons for the files it cannot read. */
class TextExtractorTests {

    @Test
    void readsAPdfPageByPage() {
        byte[] pdf = KnowledgeFiles.pdf(List.of(List.of("Opening hours", "Monday to Friday, 8 to 20."),
                List.of("Refunds within 14 days.")));
        String text = TextExtractor.extract(FileFormat.PDF, pdf);
        assertThat(text).contains("Opening hours", "Monday to Friday, 8 to 20.", "Refunds within 14 days.");
    }

    @Test
    void readsMarkdownAndTextAsTheyAre() {
        assertThat(TextExtractor.extract(FileFormat.MARKDOWN, KnowledgeFiles.fixture("horarios.md")))
                .startsWith("# Horarios del estudio").contains("## Sesiones en vivo");
        assertThat(TextExtractor.extract(FileFormat.TEXT, KnowledgeFiles.fixture("payment-methods.txt")))
                .contains("PayPal and bank transfers");
    }

    @Test
    void readsTextThatIsNotUtf8AsWindows1252() {
        byte[] latin = "Atención: sábados y días festivos".getBytes(Charset.forName("windows-1252"));
        assertThat(TextExtractor.extract(FileFormat.TEXT, latin)).isEqualTo("Atención: sábados y días festivos");
    }

    @Test
    void turnsHtmlHeadingsIntoMarkdownAndDropsScriptsStylesAndNavigation() {
        String text = TextExtractor.extract(FileFormat.HTML, KnowledgeFiles.fixture("cancelaciones.html"));
        assertThat(text).contains("# Política de cancelación", "## Sesiones perdidas",
                "Puedes reprogramar una sesión individual avisando con 24 horas de anticipación.",
                "Sin aviso, la sesión se da por realizada.");
        assertThat(text).doesNotContain("ignored", "color", "Inicio", "Cancelaciones</title>");
        assertThat(new Chunker(900, 150).split(text)).extracting(Chunk::heading)
                .containsExactly("Política de cancelación", "Sesiones perdidas");
    }

    @Test
    void aCorruptPdfFailsWithAReason() {
        byte[] truncated = Arrays.copyOf(KnowledgeFiles.pdf(List.of(List.of("Hola"))), 300);
        assertThatThrownBy(() -> TextExtractor.extract(FileFormat.PDF, truncated))
                .isInstanceOf(ExtractionFailed.class).hasMessageStartingWith("The file is not a readable PDF");
        assertThatThrownBy(() -> TextExtractor.extract(FileFormat.PDF, "not a pdf".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ExtractionFailed.class);
    }

    @Test
    void aPdfWithoutTextAndABinaryTextFileFailWithAReason() {
        assertThatThrownBy(() -> TextExtractor.extract(FileFormat.PDF, KnowledgeFiles.pdf(List.of(List.of()))))
                .isInstanceOf(ExtractionFailed.class).hasMessageContaining("no text");
        assertThatThrownBy(() -> TextExtractor.extract(FileFormat.TEXT, new byte[] {'a', 0, 'b'}))
                .isInstanceOf(ExtractionFailed.class).hasMessage("The file is binary, not text");
    }

    @Test
    void detectsTheLanguageOfASource() {
        assertThat(TextLanguage.detect("Puedes reprogramar la sesión con 24 horas de aviso y sin costo.")).isEqualTo("spanish");
        assertThat(TextLanguage.detect("You can reschedule the session with 24 hours of notice.")).isEqualTo("english");
        assertThat(TextLanguage.detect("Você pode remarcar a sessão com 24 horas de aviso e não paga nada.")).isEqualTo("portuguese");
        assertThat(TextLanguage.detect("営業時間は九時から六時までです")).isEqualTo(TextLanguage.SIMPLE);
    }
}
