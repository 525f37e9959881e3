package com.lyrox.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SecretBoxTests {

    private static final String KEY = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());
    private static final String OTHER_KEY = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String CONTEXT = "channels/1/access_token";

    private static SecretBox box(String key) {
        return new SecretBox(new SecuritySettings("unused", Duration.ofMinutes(15), Duration.ofDays(30),
                Duration.ofDays(7), 5, 20, Duration.ofMinutes(15), key));
    }

    @Test
    void opensWhatItSealed() {
        String sealed = box(KEY).seal("EAAG-token-ñ", CONTEXT);

        assertThat(sealed).startsWith("v1:").doesNotContain("EAAG-token");
        assertThat(box(KEY).open(sealed, CONTEXT)).isEqualTo("EAAG-token-ñ");
    }

    @Test
    void sealsTheSameSecretDifferentlyEachTime() {
        SecretBox box = box(KEY);

        assertThat(box.seal("same secret", CONTEXT)).isNotEqualTo(box.seal("same secret", CONTEXT));
    }

    @Test
    void refusesATamperedValue() {
        String sealed = box(KEY).seal("EAAG-token", CONTEXT);
        byte[] bytes = Base64.getDecoder().decode(sealed.substring(3));
        bytes[bytes.length - 1] ^= 1;
        String tampered = "v1:" + Base64.getEncoder().encodeToString(bytes);

        assertThatThrownBy(() -> box(KEY).open(tampered, CONTEXT))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("altered");
    }

    @Test
    void refusesAValueSealedWithAnotherKey() {
        String sealed = box(KEY).seal("EAAG-token", CONTEXT);

        assertThatThrownBy(() -> box(OTHER_KEY).open(sealed, CONTEXT)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refusesAValueMovedToAnotherContext() {
        String sealed = box(KEY).seal("EAAG-token", CONTEXT);

        assertThatThrownBy(() -> box(KEY).open(sealed, "channels/2/access_token"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refusesToStartWithoutAValidKey() {
        assertThatThrownBy(() -> box(null)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("LYROX_ENCRYPTION_KEY");
        assertThatThrownBy(() -> box("not base64!")).hasMessageContaining("LYROX_ENCRYPTION_KEY");
        assertThatThrownBy(() -> box(Base64.getEncoder().encodeToString(new byte[16])))
                .hasMessageContaining("LYROX_ENCRYPTION_KEY").hasMessageContaining("16 bytes");
    }
}
