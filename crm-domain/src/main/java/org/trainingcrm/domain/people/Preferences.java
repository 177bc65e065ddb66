package org.trainingcrm.domain.people;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.trainingcrm.domain.kernel.InvalidValue;
import org.trainingcrm.domain.kernel.SearchKey;
import org.trainingcrm.domain.kernel.Text;

/**
 * What the centre keeps of a student's wishes (C7): free notes (how they like to learn, material
 * they asked for) and short tags. Tags are trimmed and kept once each, however they are cased
 * or accented, in the order first given.
 *
 * @param notes free text, or null
 * @param tags short labels such as "утро" or "needs large print"
 */
public record Preferences(String notes, List<String> tags) {

    public static final int MAX_NOTES = 2000;
    public static final int MAX_TAG = 60;
    public static final int MAX_TAGS = 30;

    public Preferences {
        notes = Text.optional("preferences.notes", notes, MAX_NOTES);
        tags = distinctTags(tags == null ? List.of() : tags);
    }

    public static Preferences none() {
        return new Preferences(null, List.of());
    }

    public boolean isEmpty() {
        return notes == null && tags.isEmpty();
    }

    private static List<String> distinctTags(Collection<String> raw) {
        List<String> kept = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (String tag : raw) {
            String text = Text.optional("preferences.tags", tag, MAX_TAG);
            if (text != null && keys.add(SearchKey.of(text))) {
                kept.add(text);
            }
        }
        if (kept.size() > MAX_TAGS) {
            throw new InvalidValue("preferences.tags", kept.size() + " tags", "at most " + MAX_TAGS + " tags are kept");
        }
        return List.copyOf(kept);
    }
}
