package dev.gantry.runner.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class SecretMaskerTest {

    private final SecretMasker masker = new SecretMasker();

    @Test
    void masksEveryOccurrence() {
        masker.add("hunter22");
        assertThat(masker.mask("pw=hunter22 again hunter22.")).isEqualTo("pw=*** again ***.");
    }

    @Test
    void textWithoutSecretsIsReturnedAsIs() {
        masker.add("hunter22");
        String text = "nothing to see";
        assertThat(masker.mask(text)).isSameAs(text);
        assertThat(new SecretMasker().mask(text)).isSameAs(text);
    }

    @Test
    void overlappingAndNestedSecretsAreMaskedAsOneSpan() {
        masker.addAll(List.of("abcdef", "defghi", "bcde"));
        assertThat(masker.mask("xabcdefghiy")).isEqualTo("x***y");
        assertThat(masker.mask("xbcdey")).isEqualTo("x***y");
    }

    @Test
    void aLongerSecretStartingEarlierSwallowsAShorterOne() {
        masker.addAll(List.of("cdef", "abcdefgh"));
        assertThat(masker.mask("[abcdefgh] [cdef]")).isEqualTo("[***] [***]");
    }

    @Test
    void adjacentSecretsAreMaskedSeparately() {
        masker.addAll(List.of("aaaa", "bbbb"));
        assertThat(masker.mask("aaaabbbb")).isEqualTo("******");
    }

    @Test
    void valuesShorterThanFourAreNotMaskedAndSaidSo() {
        assertThat(masker.add("abc")).isEqualTo(SecretMasker.Registration.TOO_SHORT);
        assertThat(masker.mask("abc")).isEqualTo("abc");
        assertThat(masker.firstShortWarning()).isTrue();
        assertThat(masker.firstShortWarning()).isFalse();
        assertThat(masker.add("abcd")).isEqualTo(SecretMasker.Registration.MASKED);
        assertThat(masker.add("  \n")).isEqualTo(SecretMasker.Registration.BLANK);
    }

    @Test
    void eachLineOfAMultiLineSecretIsMaskedOnItsOwn() {
        assertThat(masker.add("-----BEGIN KEY-----\r\nMIIEvQIBADAN\nxyz\n-----END KEY-----\n"))
                .isEqualTo(SecretMasker.Registration.MASKED);
        assertThat(masker.mask("MIIEvQIBADAN")).isEqualTo("***");
        assertThat(masker.mask("-----END KEY-----")).isEqualTo("***");
        assertThat(masker.mask("xyz")).as("a line shorter than four stays").isEqualTo("xyz");
    }

    @Test
    void multiLineSecretWithOnlyShortLinesIsStillMaskedWhole() {
        assertThat(masker.add("ab\ncd")).isEqualTo(SecretMasker.Registration.MASKED);
        assertThat(masker.mask("[ab\ncd]")).isEqualTo("[***]");
        assertThat(masker.add("a\nb")).isEqualTo(SecretMasker.Registration.TOO_SHORT);
    }

    @Test
    void unicodeSecrets() {
        masker.add("пароль€𝄞");
        assertThat(masker.mask("x пароль€𝄞 y")).isEqualTo("x *** y");
    }

    @Test
    void maskPrefixKeepsWhatTheNextFragmentCouldComplete() {
        masker.add("secretvalue");
        StringBuilder carry = new StringBuilder("0123456789 secret");
        String shown = masker.maskPrefix(carry);
        assertThat(shown + carry).isEqualTo("0123456789 secret");
        assertThat(carry.toString()).contains("secret");
        carry.append("value and more secretvalue then text text text text");
        String second = masker.maskPrefix(carry);
        assertThat(shown + second).doesNotContain("secretvalue").contains("***");
    }

    @Test
    void manySecretsAreAllMasked() {
        List<String> secrets = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            secrets.add("secret-" + i + "-" + Integer.toHexString(i * 7919));
        }
        masker.addAll(secrets);
        for (String s : secrets) {
            assertThat(masker.mask("<" + s + ">")).isEqualTo("<***>");
        }
    }

    @Test
    void addFromAnotherThreadWhileMaskingIsSafeAndVisibleAfterAddReturns() throws Exception {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        CountDownLatch stop = new CountDownLatch(1);
        Thread reader = Thread.ofPlatform().start(() -> {
            try {
                while (stop.getCount() > 0) {
                    masker.mask("some line with key-0001 and key-0150 inside");
                }
            } catch (Throwable t) {
                failure.set(t);
            }
        });
        for (int i = 0; i < 200; i++) {
            String key = "key-%04d".formatted(i);
            masker.add(key);
            assertThat(masker.mask("[" + key + "]")).isEqualTo("[***]");
        }
        stop.countDown();
        reader.join();
        assertThat(failure.get()).isNull();
    }
}
