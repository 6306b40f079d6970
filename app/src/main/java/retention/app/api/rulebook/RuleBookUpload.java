package retention.app.api.rulebook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import retention.app.api.BadRequest;
import retention.app.api.FieldProblem;
import retention.rules.book.RuleFile;

/**
 * Turns an upload (files, or one zip) into rule book files in memory, refusing paths that leave the rule book
 * ({@code ..}, absolute, backslashes, control characters) and uploads that are too many or too large, zip bombs
 * included: sizes are counted while inflating, not taken from the zip's own headers. Nothing is written to disk.
 */
final class RuleBookUpload {

    static final int MAX_FILES = 200;
    static final long MAX_FILE_BYTES = 2L * 1024 * 1024;
    static final long MAX_TOTAL_BYTES = 10L * 1024 * 1024;
    private static final Pattern SAFE_PATH = Pattern.compile("[A-Za-z0-9_\\-. ]+(/[A-Za-z0-9_\\-. ]+)*");

    private final List<RuleFile> files = new ArrayList<>();
    private final List<String> ignored = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();
    private long total;

    List<RuleFile> files() {
        if (files.isEmpty()) {
            throw new BadRequest("files", "no rule book file (*.drl, *.drl.csv, *.drl.xls, *.drl.xlsx, actions.csv) "
                    + "in the upload");
        }
        return files;
    }

    List<String> ignored() {
        return ignored;
    }

    void add(String path, InputStream content) throws IOException {
        String checked = checkPath(path);
        if (!seen.add(checked)) {
            throw new BadRequest("files", "the upload holds " + checked + " twice");
        }
        if (!belongsToVersion(checked)) {
            ignored.add(checked);
            content.transferTo(OutputStreamSink.INSTANCE);
            return;
        }
        if (files.size() >= MAX_FILES) {
            throw new BadRequest("files", "at most " + MAX_FILES + " files per upload");
        }
        files.add(new RuleFile(checked, read(checked, content)));
    }

    void addZip(InputStream zip) throws IOException {
        try (ZipInputStream in = new ZipInputStream(zip)) {
            ZipEntry entry;
            int entries = 0;
            while ((entry = in.getNextEntry()) != null) {
                if (++entries > MAX_FILES * 5) {
                    throw new BadRequest("files", "the zip holds too many entries");
                }
                if (!entry.isDirectory()) {
                    add(entry.getName(), in);
                }
            }
        }
        catch (ZipException ex) {
            throw new BadRequest("files", "not a readable zip file");
        }
    }

    private byte[] read(String path, InputStream content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long size = 0;
        int n;
        while ((n = content.read(buffer)) > 0) {
            size += n;
            total += n;
            if (size > MAX_FILE_BYTES) {
                throw new BadRequest("files", path + " is larger than " + MAX_FILE_BYTES / 1024 / 1024 + " MiB");
            }
            if (total > MAX_TOTAL_BYTES) {
                throw new BadRequest("files", "the upload is larger than " + MAX_TOTAL_BYTES / 1024 / 1024 + " MiB");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    static String checkPath(String path) {
        if (path == null || path.isBlank()) {
            throw new BadRequest("files", "a file has no name; send each file with its path as filename");
        }
        String name = path.length() > 300 ? path.substring(0, 300) : path;
        boolean escapes = name.startsWith("/") || name.contains("\\") || name.contains(":")
                || List.of(name.split("/")).stream().anyMatch(part -> part.equals("..") || part.equals("."));
        if (escapes || path.length() > 300 || !SAFE_PATH.matcher(name).matches()) {
            throw new BadRequest(List.of(new FieldProblem("files", "file name '" + printable(name) + "' is not a "
                    + "relative path of letters, digits, '_', '-', '.', ' ' and '/' inside the rule book")));
        }
        return name;
    }

    private static boolean belongsToVersion(String path) {
        if (path.startsWith("tests/") || path.contains("/.") || path.startsWith(".")) {
            return false;
        }
        return path.endsWith(".drl") || path.endsWith(".drl.csv") || path.endsWith(".drl.xls")
                || path.endsWith(".drl.xlsx") || path.equals("actions.csv");
    }

    private static String printable(String text) {
        return text.replaceAll("[\\p{Cntrl}<>\"'&]", "?");
    }

    /** Drains ignored content so a zip stream moves on. */
    private static final class OutputStreamSink extends java.io.OutputStream {

        static final OutputStreamSink INSTANCE = new OutputStreamSink();

        @Override
        public void write(int b) {
        }

        @Override
        public void write(byte[] b, int off, int len) {
        }
    }
}
