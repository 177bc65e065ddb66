package org.trainingcrm.persistence;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeClassNamePatterns;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;
import org.trainingcrm.domain.fixtures.StoreResolver;

/** Every acceptance contract (the domain's and the iCalendar writer's) through EclipseLink on embedded Derby. */
@Suite
@SelectPackages("org.trainingcrm")
@IncludeClassNamePatterns(".*Contract")
@ConfigurationParameter(key = StoreResolver.PARAMETER, value = DerbyStores.NAME)
class DerbyAcceptanceTest {
}
