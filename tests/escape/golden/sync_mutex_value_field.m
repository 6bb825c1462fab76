./sync_mutex_value_field.go:13:10: leaking param: c
./sync_mutex_value_field.go:13:26: leaking param: key
./sync_mutex_value_field.go:13:38: leaking param: wg
./sync_mutex_value_field.go:21:2: moved to heap: c
./sync_mutex_value_field.go:22:6: moved to heap: wg
./sync_mutex_value_field.go:21:26: make(map[string]int) escapes to heap
./sync_mutex_value_field.go:29:13: ... argument does not escape
./sync_mutex_value_field.go:29:17: c.v["somekey"] escapes to heap
