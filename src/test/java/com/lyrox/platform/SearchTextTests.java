package com.lyrox.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTextTests {

    @Test
    void makesACaseInsensitiveContainsPattern() {
        assertThat(SearchText.likePattern("  María ")).isEqualTo("%maría%");
    }

    @Test
    void takesLikeWildcardsLiterally() {
        assertThat(SearchText.likePattern("50%_off\\")).isEqualTo("%50\\%\\_off\\\\%");
    }

    @Test
    void blankTextMeansNoSearch() {
        assertThat(SearchText.likePattern("   ")).isNull();
        assertThat(SearchText.likePattern(null)).isNull();
    }
}
