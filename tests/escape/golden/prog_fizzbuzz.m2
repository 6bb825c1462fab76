./prog_fizzbuzz.go:16:15: i escapes to heap:
./prog_fizzbuzz.go:16:15:   flow: {storage for ... argument} = &{storage for i}:
./prog_fizzbuzz.go:16:15:     from i (spill) at ./prog_fizzbuzz.go:16:15
./prog_fizzbuzz.go:16:15:     from ... argument (slice-literal-element) at ./prog_fizzbuzz.go:16:15
./prog_fizzbuzz.go:16:15:   flow: {heap} = {storage for ... argument}:
./prog_fizzbuzz.go:16:15:     from ... argument (spill) at ./prog_fizzbuzz.go:16:15
./prog_fizzbuzz.go:16:15:     from fmt.Println(... argument...) (call parameter) at ./prog_fizzbuzz.go:16:15
./prog_fizzbuzz.go:14:16: "Buzz" escapes to heap:
./prog_fizzbuzz.go:14:16:   flow: {storage for ... argument} = &{storage for "Buzz"}:
./prog_fizzbuzz.go:14:16:     from "Buzz" (spill) at ./prog_fizzbuzz.go:14:16
./prog_fizzbuzz.go:14:16:     from ... argument (slice-literal-element) at ./prog_fizzbuzz.go:14:15
./prog_fizzbuzz.go:14:16:   flow: {heap} = {storage for ... argument}:
./prog_fizzbuzz.go:14:16:     from ... argument (spill) at ./prog_fizzbuzz.go:14:15
./prog_fizzbuzz.go:14:16:     from fmt.Println(... argument...) (call parameter) at ./prog_fizzbuzz.go:14:15
./prog_fizzbuzz.go:12:16: "Fizz" escapes to heap:
./prog_fizzbuzz.go:12:16:   flow: {storage for ... argument} = &{storage for "Fizz"}:
./prog_fizzbuzz.go:12:16:     from "Fizz" (spill) at ./prog_fizzbuzz.go:12:16
./prog_fizzbuzz.go:12:16:     from ... argument (slice-literal-element) at ./prog_fizzbuzz.go:12:15
./prog_fizzbuzz.go:12:16:   flow: {heap} = {storage for ... argument}:
./prog_fizzbuzz.go:12:16:     from ... argument (spill) at ./prog_fizzbuzz.go:12:15
./prog_fizzbuzz.go:12:16:     from fmt.Println(... argument...) (call parameter) at ./prog_fizzbuzz.go:12:15
./prog_fizzbuzz.go:10:16: "FizzBuzz" escapes to heap:
./prog_fizzbuzz.go:10:16:   flow: {storage for ... argument} = &{storage for "FizzBuzz"}:
./prog_fizzbuzz.go:10:16:     from "FizzBuzz" (spill) at ./prog_fizzbuzz.go:10:16
./prog_fizzbuzz.go:10:16:     from ... argument (slice-literal-element) at ./prog_fizzbuzz.go:10:15
./prog_fizzbuzz.go:10:16:   flow: {heap} = {storage for ... argument}:
./prog_fizzbuzz.go:10:16:     from ... argument (spill) at ./prog_fizzbuzz.go:10:15
./prog_fizzbuzz.go:10:16:     from fmt.Println(... argument...) (call parameter) at ./prog_fizzbuzz.go:10:15
./prog_fizzbuzz.go:10:15: ... argument does not escape
./prog_fizzbuzz.go:10:16: "FizzBuzz" escapes to heap
./prog_fizzbuzz.go:12:15: ... argument does not escape
./prog_fizzbuzz.go:12:16: "Fizz" escapes to heap
./prog_fizzbuzz.go:14:15: ... argument does not escape
./prog_fizzbuzz.go:14:16: "Buzz" escapes to heap
./prog_fizzbuzz.go:16:15: ... argument does not escape
./prog_fizzbuzz.go:16:15: i escapes to heap
