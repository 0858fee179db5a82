// Mistakes in a script are reported with their line and the run goes on: unknown commands,
// options, accounts and objects, bad values, a module that does not compile.
//# init --accounts A --addresses bad=0x0 good=0x0

//# publish
module bad::m;

public fun f(): u64 {
    let x: u64 = true;
    x
}

//# publish
module good::m;

public fun take(n: u8): u8 { n }

//# frobnicate

//# run good::m::take --sender C --args 1

//# run good::m::take --args 300

//# run good::m::take --args 1u64

//# run good::m::take --args 1 2

//# run good::m::nope

//# run good::m::take --args 1 --colour red

//# view-object 9,0

//# next-epoch
//> SplitCoins(Gas, [Input(0)])

//# programmable --inputs 1
//> SplitCoins(Gas, [Input(0)]) TransferObjects

//# programmable --inputs 1
//> SplitCoins(Gas, [Input(3)]);

//# run bad::m::f

//# programmable --inputs 1 @A
//> 0: SplitCoins(Gas, [Input(0)]);
//> 1: TransferObjects([Result(0)] Input(1));
