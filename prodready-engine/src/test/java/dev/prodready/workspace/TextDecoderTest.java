package dev.prodready.workspace;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The word-at-a-time byte checks agree with a byte-by-byte reading at every length and position. */
class TextDecoderTest {

    @Test
    void wordChecksAgreeWithAByteByByteReading() {
        Random random = new Random(5);
        for (int round = 0; round < 5_000; round++) {
            byte[] bytes = new byte[random.nextInt(40) + (round % 50 == 0 ? 8_000 : 0)];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) (' ' + random.nextInt(90));
            }
            int special = random.nextInt(4);
            if (bytes.length > 0 && special > 0) {
                int at = random.nextInt(bytes.length);
                bytes[at] = special == 1 ? 0 : special == 2 ? (byte) 0x80 : (byte) 0xFF;
            }
            boolean ascii = true;
            boolean nul = false;
            for (int i = 0; i < bytes.length; i++) {
                ascii &= bytes[i] >= 0;
                nul |= i < 8_000 && bytes[i] == 0;
            }
            assertThat(TextDecoder.isAscii(bytes)).as("round " + round).isEqualTo(ascii);
            boolean bom = bytes.length >= 2 && (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE
                    || bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF);
            assertThat(TextDecoder.looksBinary(bytes)).as("round " + round).isEqualTo(nul && !bom);
        }
    }

    @Test
    void aNulByteAfterTheFirst8000BytesDoesNotMakeAFileBinary() {
        byte[] bytes = "x".repeat(9_000).getBytes(StandardCharsets.US_ASCII);
        bytes[8_500] = 0;
        assertThat(TextDecoder.looksBinary(bytes)).isFalse();
        bytes[7_999] = 0;
        assertThat(TextDecoder.looksBinary(bytes)).isTrue();
    }
}
