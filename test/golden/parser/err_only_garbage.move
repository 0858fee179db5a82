this is not Move at all ; } ) 42 ] =>
