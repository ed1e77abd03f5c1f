import java.time.LocalDate;

public record Post(String title, LocalDate date, boolean draft) {
    public Post {
        if (title == null) throw new IllegalArgumentException("title\tmissing");
    }

    static long parse(char c) {
        long big = 1_000_000L;
        double ratio = 0.5d, half = 1.5e3;
        int hex = 0xFF, bin = 0b1010, oct = 017;
        char quote = '\'';
        return c == 'x' ? big : (long) (ratio * hex + bin + oct);
    }
}
