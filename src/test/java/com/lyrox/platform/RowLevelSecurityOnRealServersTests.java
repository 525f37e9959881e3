package com.lyrox.platform;

import com.lyrox.support.RealServerTest;

/** The row-level security scenarios on real PostgreSQL, connected as the application's ordinary role. */
@RealServerTest
class RowLevelSecurityOnRealServersTests extends RowLevelSecurityTests {
}
