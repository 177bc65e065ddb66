package org.trainingcrm.ical;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeClassNamePatterns;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;
import org.trainingcrm.domain.fixtures.StoreResolver;

/** The iCalendar contract on the in-memory ports with the real writer: the export without a database. */
@Suite
@SelectPackages("org.trainingcrm.ical")
@IncludeClassNamePatterns(".*Contract")
@ConfigurationParameter(key = StoreResolver.PARAMETER, value = InMemoryICalendarStores.NAME)
class ICalendarOnMemoryTest {
}
