// _WartaTestSupport
