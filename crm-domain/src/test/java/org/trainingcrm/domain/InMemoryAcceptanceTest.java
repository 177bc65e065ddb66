package org.trainingcrm.domain;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeClassNamePatterns;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;
import org.trainingcrm.domain.fixtures.StoreResolver;

/** Every acceptance contract on the in-memory ports. */
@Suite
@SelectPackages("org.trainingcrm")
@IncludeClassNamePatterns(".*Contract")
@ConfigurationParameter(key = StoreResolver.PARAMETER, value = "memory")
class InMemoryAcceptanceTest {
}
