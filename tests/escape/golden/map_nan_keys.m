./map_nan_keys.go:11:22: map[float64]int{} escapes to heap
./map_nan_keys.go:15:13: ... argument does not escape
./map_nan_keys.go:15:17: len(m) escapes to heap
./map_nan_keys.go:17:13: ... argument does not escape
./map_nan_keys.go:17:13: ok escapes to heap
./map_nan_keys.go:17:19: m[nan] escapes to heap
./map_nan_keys.go:19:13: ... argument does not escape
./map_nan_keys.go:19:17: len(m) escapes to heap
./map_nan_keys.go:21:13: ... argument does not escape
./map_nan_keys.go:21:17: len(m) escapes to heap
./map_nan_keys.go:22:13: ... argument does not escape
./map_nan_keys.go:32:13: ... argument does not escape
./map_nan_keys.go:32:13: nanKeys escapes to heap
./map_nan_keys.go:32:13: sum escapes to heap
./map_nan_keys.go:35:25: map[float64]string{} does not escape
./map_nan_keys.go:40:13: ... argument does not escape
./map_nan_keys.go:40:17: len(z) escapes to heap
./map_nan_keys.go:40:23: z[0] escapes to heap
./map_nan_keys.go:44:17: map[K]int{} does not escape
./map_nan_keys.go:47:13: ... argument does not escape
./map_nan_keys.go:47:17: len(sk) escapes to heap
