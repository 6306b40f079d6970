package retention.db.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads UTF-8 text one character at a time and, unlike a {@code Reader}, hands back each malformed byte sequence as
 * {@link #MALFORMED} in its place instead of failing or silently replacing it, so that the caller can say on which
 * line and in which field the text is broken and go on reading.
 */
final class Utf8Input {

    /** Returned by {@link #read()} for one malformed or truncated byte sequence. */
    static final int MALFORMED = -2;
    static final int END = -1;

    private static final int BUFFER = 64 * 1024;

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER).flip();
    private final CharBuffer chars = CharBuffer.allocate(BUFFER);
    /** The decoded characters, read straight from the array: this is the innermost loop of an import. */
    private final char[] decoded = chars.array();
    private int position;
    private int limit;
    private boolean endOfBytes;
    private boolean malformedNext;
    private boolean flushed;

    Utf8Input(InputStream in) {
        this.in = in;
    }

    /** The next character, {@link #MALFORMED} for a broken byte sequence, or {@link #END}. */
    int read() throws IOException {
        while (position == limit) {
            if (malformedNext) {
                malformedNext = false;
                return MALFORMED;
            }
            if (flushed) {
                return END;
            }
            decodeMore();
        }
        return decoded[position++];
    }

    private void decodeMore() throws IOException {
        chars.clear();
        if (!endOfBytes) {
            bytes.compact();
            int n = in.read(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
            if (n < 0) {
                endOfBytes = true;
            }
            else {
                bytes.position(bytes.position() + n);
            }
            bytes.flip();
        }
        CoderResult result = decoder.decode(bytes, chars, endOfBytes);
        if (result.isError()) {
            bytes.position(bytes.position() + result.length());
            malformedNext = true;
        }
        else if (endOfBytes && result.isUnderflow()) {
            decoder.flush(chars);
            flushed = true;
        }
        position = 0;
        limit = chars.position();
    }
}
