./panic_slice3_array.go:8:6: moved to heap: a
./panic_slice3_array.go:10:13: ... argument does not escape
./panic_slice3_array.go:10:17: len(a[i:j:k]) escapes to heap
./panic_slice3_array.go:10:32: cap(a[i:j:k]) escapes to heap
./panic_slice3_array.go:12:13: ... argument does not escape
./panic_slice3_array.go:12:15: a[i:j:k] escapes to heap
