package org.trainingcrm.persistence;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeClassNamePatterns;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;
import org.trainingcrm.domain.fixtures.StoreResolver;

/** Every acceptance contract through EclipseLink on PostgreSQL; skipped unless CRM_TEST_PG_URL names a database. */
@Suite
@SelectPackages("org.trainingcrm")
@IncludeClassNamePatterns(".*Contract")
@ConfigurationParameter(key = StoreResolver.PARAMETER, value = PostgresStores.NAME)
class PostgresAcceptanceTest {
}
