package org.trainingcrm.domain.people;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Walks the referral graph down from one person, a level at a time: one indexed query per level
 * (split into chunks of ids) rather than one per person, and no recursive SQL, which Derby lacks.
 */
final class ReferralWalk {

    /** Ids per query; well under the parameter limits of Derby and PostgreSQL. */
    static final int CHUNK = 500;

    private final Referrals referrals;
    private final People people;
    private final LearningFigures learning;

    ReferralWalk(Referrals referrals, People people, LearningFigures learning) {
        this.referrals = referrals;
        this.people = people;
        this.learning = learning;
    }

    /**
     * The tree below the root. People the predicate rejects (outside the actor's branches) are
     * left out with everyone below them, so the counts agree with what is listed.
     */
    ReferralTree below(Person root, Optional<PersonRef> referrer, int maxDepth, Predicate<Person> shown) {
        Map<PersonId, List<Referral>> children = new HashMap<>();
        Map<PersonId, String> names = new HashMap<>();
        Set<PersonId> seen = new HashSet<>(Set.of(root.id()));
        List<PersonId> frontier = List.of(root.id());
        while (!frontier.isEmpty()) {
            List<Referral> level = inChunks(frontier, referrals::broughtBy);
            // a circle can only come from data written around the service; never walk it twice
            List<Referral> fresh = level.stream().filter(r -> seen.add(r.person())).toList();
            List<Person> found = inChunks(fresh.stream().map(Referral::person).toList(), people::byIds);
            Map<PersonId, Person> byId = new HashMap<>();
            found.stream().filter(shown).forEach(p -> byId.put(p.id(), p));
            List<PersonId> next = new ArrayList<>();
            for (Referral r : fresh) {
                Person p = byId.get(r.person());
                if (p != null) {
                    children.computeIfAbsent(r.referrer(), k -> new ArrayList<>()).add(r);
                    names.put(p.id(), p.fullName());
                    next.add(p.id());
                }
            }
            frontier = next;
        }
        return layOut(PersonRef.of(root), referrer, children, names, learning.of(names.keySet()), maxDepth);
    }

    /** Counts every subtree, then lists the tree depth first down to maxDepth; nobody studied. */
    static ReferralTree layOut(PersonRef root, Optional<PersonRef> referrer, Map<PersonId, List<Referral>> children,
            Map<PersonId, String> names, int maxDepth) {
        return layOut(root, referrer, children, names, Map.of(), maxDepth);
    }

    /** Counts every subtree with its enrollment figures, then lists the tree depth first down to maxDepth. */
    static ReferralTree layOut(PersonRef root, Optional<PersonRef> referrer, Map<PersonId, List<Referral>> children,
            Map<PersonId, String> names, Map<PersonId, LearningFigures.Learning> figures, int maxDepth) {
        Comparator<Referral> order = Comparator.comparing(Referral::recordedAt)
                .thenComparing(r -> names.get(r.person()))
                .thenComparing(r -> r.person().value());
        children.values().forEach(list -> list.sort(order));
        Map<PersonId, Integer> total = new HashMap<>();
        Map<PersonId, Integer> enrolledBelow = new HashMap<>();
        Map<PersonId, Integer> levelBelow = new HashMap<>();
        List<PersonId> breadthFirst = new ArrayList<>(List.of(root.id()));
        for (int i = 0; i < breadthFirst.size(); i++) {
            children.getOrDefault(breadthFirst.get(i), List.of()).forEach(r -> breadthFirst.add(r.person()));
        }
        // deepest first, so every child's total is known before its parent's
        for (int i = breadthFirst.size() - 1; i >= 0; i--) {
            PersonId p = breadthFirst.get(i);
            total.put(p, children.getOrDefault(p, List.of()).stream().mapToInt(r -> 1 + total.get(r.person())).sum());
            enrolledBelow.put(p, children.getOrDefault(p, List.of()).stream()
                    .mapToInt(r -> learningOf(figures, r.person()).enrollCount() + enrolledBelow.get(r.person())).sum());
            levelBelow.put(p, children.getOrDefault(p, List.of()).stream()
                    .mapToInt(r -> Math.max(learningOf(figures, r.person()).highestLevel(), levelBelow.get(r.person())))
                    .max().orElse(0));
        }
        List<Referee> listed = new ArrayList<>();
        Deque<Referral> stack = new ArrayDeque<>();
        Map<PersonId, Integer> depth = new HashMap<>(Map.of(root.id(), 0));
        pushChildren(stack, children.getOrDefault(root.id(), List.of()));
        while (!stack.isEmpty()) {
            Referral r = stack.pop();
            int d = depth.get(r.referrer()) + 1;
            depth.put(r.person(), d);
            List<Referral> below = children.getOrDefault(r.person(), List.of());
            LearningFigures.Learning studied = learningOf(figures, r.person());
            listed.add(new Referee(r.person(), names.get(r.person()), r.referrer(), d, r.recordedAt(), below.size(),
                    total.get(r.person()), studied.enrolled(), studied.highestLevel(), enrolledBelow.get(r.person())));
            if (d < maxDepth) {
                pushChildren(stack, below);
            }
        }
        return new ReferralTree(root, referrer, listed, children.getOrDefault(root.id(), List.of()).size(),
                total.get(root.id()), enrolledBelow.get(root.id()), levelBelow.get(root.id()));
    }

    private static LearningFigures.Learning learningOf(Map<PersonId, LearningFigures.Learning> figures, PersonId p) {
        return figures.getOrDefault(p, LearningFigures.Learning.NONE);
    }

    private static void pushChildren(Deque<Referral> stack, List<Referral> children) {
        for (int i = children.size() - 1; i >= 0; i--) {
            stack.push(children.get(i));
        }
    }

    private static <T> List<T> inChunks(List<PersonId> ids, Function<Collection<PersonId>, List<T>> query) {
        List<T> all = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            all.addAll(query.apply(ids.subList(from, Math.min(ids.size(), from + CHUNK))));
        }
        return all;
    }
}
