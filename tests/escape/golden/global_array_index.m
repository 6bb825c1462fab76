./global_array_index.go:32:27: ... argument does not escape
./global_array_index.go:32:28: "v" escapes to heap
./global_array_index.go:32:28: i escapes to heap
./global_array_index.go:35:13: ... argument does not escape
./global_array_index.go:35:13: h escapes to heap
./global_array_index.go:35:13: grid escapes to heap
./global_array_index.go:35:26: rec.vals escapes to heap
./global_array_index.go:35:36: rec.n escapes to heap
./global_array_index.go:35:41: h[k * 2] escapes to heap
./global_array_index.go:35:55: grid[k][1] escapes to heap
