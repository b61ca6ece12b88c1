package dev.prodready.workspace;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Turns file bytes into text: BOMs honoured, strict UTF-8 first, Latin-1 as the lossless fallback. */
final class TextDecoder {

    /** The decoded text, and the encoding name when it was not plain UTF-8 (else null). */
    record Decoded(String text, String fallbackEncoding) {
    }

    private TextDecoder() {
    }

    /** Reads eight bytes at a time: every file's bytes pass through here twice, and word steps are ~8x fewer. */
    private static final VarHandle WORDS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long LOW_BITS = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;

    static boolean looksBinary(byte[] bytes) {
        int limit = Math.min(bytes.length, 8000);
        if (hasUtf16Bom(bytes)) {
            return false;
        }
        int i = 0;
        for (; i + 8 <= limit; i += 8) {
            long word = (long) WORDS.get(bytes, i);
            if (((word - LOW_BITS) & ~word & HIGH_BITS) != 0) {
                return true; // some byte of the word is zero
            }
        }
        for (; i < limit; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasUtf16Bom(byte[] b) {
        return b.length >= 2 && ((b[0] == (byte) 0xFF && b[1] == (byte) 0xFE) || (b[0] == (byte) 0xFE && b[1] == (byte) 0xFF));
    }

    static Decoded decode(byte[] bytes) {
        if (bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF) {
            return new Decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), null);
        }
        if (bytes.length >= 2 && bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), "UTF-16LE");
        }
        if (bytes.length >= 2 && bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), "UTF-16BE");
        }
        if (isAscii(bytes)) {
            return new Decoded(new String(bytes, StandardCharsets.ISO_8859_1), null);
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return new Decoded(utf8.decode(ByteBuffer.wrap(bytes)).toString(), null);
        } catch (CharacterCodingException e) {
            return new Decoded(new String(bytes, StandardCharsets.ISO_8859_1), "ISO-8859-1");
        }
    }

    static boolean isAscii(byte[] bytes) {
        int i = 0;
        for (; i + 8 <= bytes.length; i += 8) {
            if (((long) WORDS.get(bytes, i) & HIGH_BITS) != 0) {
                return false;
            }
        }
        for (; i < bytes.length; i++) {
            if (bytes[i] < 0) {
                return false;
            }
        }
        return true;
    }
}
