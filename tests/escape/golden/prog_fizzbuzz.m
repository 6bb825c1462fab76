./prog_fizzbuzz.go:10:15: ... argument does not escape
./prog_fizzbuzz.go:10:16: "FizzBuzz" escapes to heap
./prog_fizzbuzz.go:12:15: ... argument does not escape
./prog_fizzbuzz.go:12:16: "Fizz" escapes to heap
./prog_fizzbuzz.go:14:15: ... argument does not escape
./prog_fizzbuzz.go:14:16: "Buzz" escapes to heap
./prog_fizzbuzz.go:16:15: ... argument does not escape
./prog_fizzbuzz.go:16:15: i escapes to heap
