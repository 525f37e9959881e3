package com.lyrox.whatsapp;

import com.lyrox.support.RealServerTest;

/** The webhook scenarios (signatures, batches, duplicates, another company's conversations) on the real servers. */
@RealServerTest
class WebhookInOnRealServersTests extends WebhookInTests {
}
