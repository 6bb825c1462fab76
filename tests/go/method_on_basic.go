// Methods on named types of basic types: numbers, strings, bools; explicit
// conversions between the named and underlying types.
package main

import "fmt"

type Celsius float64
type Fahrenheit float64

func (c Celsius) ToF() Fahrenheit { return Fahrenheit(c*9/5 + 32) }
func (f Fahrenheit) ToC() Celsius { return Celsius((f - 32) * 5 / 9) }

type Money int64

func (m Money) Dollars() int64 { return int64(m) / 100 }
func (m Money) Cents() int64   { return int64(m) % 100 }
func (m *Money) Add(n Money)   { *m += n }

type Word string

func (w Word) Reverse() Word {
	r := []rune(w)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return Word(r)
}

func (w Word) Len() int { return len(w) }

type Flag bool

func (f Flag) Toggle() Flag { return !f }

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

func (d Weekday) Next() Weekday { return (d + 1) % 7 }
func (d Weekday) Name() string {
	names := [...]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}
	return names[d]
}

func main() {
	c := Celsius(100)
	fmt.Println(c.ToF(), c.ToF().ToC(), Celsius(-40).ToF())
	fmt.Printf("%.1f %T\n", Fahrenheit(50).ToC(), c.ToF())

	var m Money = 12345
	fmt.Println(m.Dollars(), m.Cents())
	m.Add(55)
	fmt.Println(m, m.Dollars(), m.Cents())

	w := Word("héllo")
	fmt.Println(w.Reverse(), w.Len(), Word("").Reverse() == "")

	var f Flag
	fmt.Println(f.Toggle(), f.Toggle().Toggle())

	d := Tuesday
	for i := 0; i < 6; i++ {
		fmt.Print(d.Name(), " ")
		d = d.Next()
	}
	fmt.Println(Weekday(6).Next() == Sunday, Monday.Name())
	fmt.Printf("%v %d %T\n", d, d, d)
}
