import java.util.*;

abstract class Cache<K extends Comparable<K>, V> {
    protected final TreeMap<K, V> entries = new TreeMap<>();

    public synchronized Optional<V> get(K key) {
        return Optional.ofNullable(entries.get(key));
    }

    abstract V load(K key);

    public static void main(String[] args) {
        outer:
        for (String arg : args) {
            switch (arg) {
                case "-v": System.out.println("verbose"); break;
                default: continue outer;
            }
        }
        /* multi-line
           comment */
        var list = new ArrayList<Integer>();
    }
}
