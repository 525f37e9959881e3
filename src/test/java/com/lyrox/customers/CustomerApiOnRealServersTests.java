package com.lyrox.customers;

import com.lyrox.support.RealServerTest;

/** The customer API on real PostgreSQL, another company's customers answering 404 included. */
@RealServerTest
class CustomerApiOnRealServersTests extends CustomerApiTests {
}
