package com.lyrox.knowledge.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Cutting texts into chunks: headings, sentences, overlap, and the texts that break naive splitters. */
class ChunkerTests {

    final Chunker chunker = new Chunker(200, 60);

    @Test
    void anEmptyOrBlankTextHasNoChunks() {
        assertThat(chunker.split("")).isEmpty();
        assertThat(chunker.split(null)).isEmpty();
        assertThat(chunker.split(" \n\n\t \n")).isEmpty();
        assertThat(chunker.split("# Only a heading\n\n## And another")).isEmpty();
    }

    @Test
    void eachHeadingStartsAChunkThatCarriesIt() {
        List<Chunk> chunks = chunker.split("""
                Intro line before any heading.
                # Horarios
                Abrimos a las 8.

                ## Sábados
                Los sábados de 9 a 13.
                """);
        assertThat(chunks).containsExactly(new Chunk(null, "Intro line before any heading."),
                new Chunk("Horarios", "Abrimos a las 8."), new Chunk("Sábados", "Los sábados de 9 a 13."));
    }

    @Test
    void longSectionsAreCutAtSentencesWithOverlap() {
        String text = "# Reglas\n" + "Cada sesión dura cincuenta minutos en total. ".repeat(12);
        List<Chunk> chunks = chunker.split(text);
        assertThat(chunks).hasSizeGreaterThan(2).allSatisfy(chunk -> {
            assertThat(chunk.heading()).isEqualTo("Reglas");
            assertThat(chunk.text().length()).isLessThanOrEqualTo(200);
            assertThat(chunk.text()).startsWith("Cada sesión").endsWith("total.");
        });
        String firstEnd = chunks.get(0).text().substring(chunks.get(0).text().lastIndexOf("Cada"));
        assertThat(chunks.get(1).text()).startsWith(firstEnd);
    }

    @Test
    void aHugeParagraphWithoutPunctuationIsCutAtSpaces() {
        String words = "palabra ".repeat(1000).trim();
        List<Chunk> chunks = chunker.split(words);
        assertThat(chunks).hasSizeGreaterThan(30).allSatisfy(chunk -> {
            assertThat(chunk.text().length()).isLessThanOrEqualTo(200);
            assertThat(chunk.text()).startsWith("palabra").endsWith("palabra");
        });
        assertThat(String.join(" ", chunks.stream().map(Chunk::text).toList()).split(" ")).hasSizeGreaterThanOrEqualTo(1000);
    }

    @Test
    void textWithoutSpacesSuchAsJapaneseIsCutAtTheSize() {
        String japanese = "営業時間は月曜日から金曜日の午前九時から午後六時までです".repeat(20);
        List<Chunk> chunks = chunker.split(japanese);
        assertThat(chunks).hasSize(3).allSatisfy(chunk -> assertThat(chunk.text().length()).isLessThanOrEqualTo(200));
        assertThat(String.join("", chunks.stream().map(Chunk::text).toList())).contains("営業時間は月曜日");
    }

    @Test
    void japaneseAndArabicSentencesEndAtTheirOwnPunctuation() {
        List<Chunk> japanese = new Chunker(40, 0).split("営業時間は九時から六時までです。土曜日は休みです。日曜日も休みです。");
        assertThat(japanese).extracting(Chunk::text).allSatisfy(text -> assertThat(text).endsWith("。"));
        List<Chunk> arabic = new Chunker(60, 0).split("# ساعات العمل\nنفتح من الساعة التاسعة صباحا. نغلق في السادسة مساء. لا نعمل يوم الجمعة.");
        assertThat(arabic).isNotEmpty().allSatisfy(chunk -> {
            assertThat(chunk.heading()).isEqualTo("ساعات العمل");
            assertThat(chunk.text()).endsWith(".");
        });
    }

    @Test
    void listItemsStayOnTheirOwnLines() {
        List<Chunk> chunks = chunker.split("# Incluye\nEl plan incluye:\n- Rutina semanal\n- Plan de comidas\n* Chat diario");
        assertThat(chunks).singleElement().extracting(Chunk::text)
                .isEqualTo("El plan incluye:\n- Rutina semanal\n- Plan de comidas\n- Chat diario");
    }
}
