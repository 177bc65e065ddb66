package org.trainingcrm.domain.people;

import java.util.Collection;
import java.util.Map;

/**
 * Port: how far people went in their studies (C8, R3), for the referral figures. The enrollment
 * feature implements it; the referral graph stays free of enrollment's types.
 */
public interface LearningFigures {

    /**
     * What each of the people did, for those who did anything; absent people neither enrolled nor
     * finished a level.
     */
    Map<PersonId, Learning> of(Collection<PersonId> people);

    /**
     * @param enrolled true when the person held a seat in a group at some time
     * @param highestLevel the highest level the person finished (1 = a course without prerequisite), 0 for none
     */
    record Learning(boolean enrolled, int highestLevel) {

        public static final Learning NONE = new Learning(false, 0);

        /** 1 when enrolled, else 0: what a count of enrolled people adds for this one. */
        public int enrollCount() {
            return enrolled ? 1 : 0;
        }
    }
}
