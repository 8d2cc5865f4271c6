package org.entente.bench;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * What the search benchmark's reports say, in English, French, Russian, Arabic and Persian: titles and sentences
 * of field reporting with slots for a place ({p}), a thing seen ({o}, {O} capitalised), a count ({n}) and an hour
 * ({h}). The things seen are one list of sixty, the same thing at the same rank in every language, drawn with
 * weights falling as 1/rank: the first few occur in many reports, those past rank 30 in a few tenths of a
 * percent, which is what a search for a word of moderate frequency asks about.
 */
final class SearchVocabulary {

	/** Every language the generated reports are written in, with their shares: English most, as in practice. */
	static final List<String> LANGUAGES = List.of("en", "en", "en", "en", "en", "en", "en", "fr", "fr", "fr", "ru",
			"ru", "ru", "ru", "ar", "ar", "ar", "fa", "fa", "fa");

	/** Things seen, one concept a row: en, fr, ru, ar, fa. */
	private static final String[][] THINGS = {
			{ "drone", "un drone", "беспилотник", "طائرة مسيرة", "پهپاد" },
			{ "truck", "un camion", "грузовик", "شاحنة", "کامیون" },
			{ "fishing boat", "un bateau de pêche", "рыболовное судно", "قارب صيد", "قایق ماهیگیری" },
			{ "tanker", "un pétrolier", "танкер", "ناقلة نفط", "نفتکش" },
			{ "helicopter", "un hélicoptère", "вертолёт", "مروحية", "بالگرد" },
			{ "pickup truck", "un pick-up", "пикап", "شاحنة بيك أب", "وانت" },
			{ "armoured vehicle", "un véhicule blindé", "бронемашина", "مركبة مدرعة", "خودروی زرهی" },
			{ "freighter", "un cargo", "сухогруз", "سفينة شحن", "کشتی باری" },
			{ "checkpoint", "un poste de contrôle", "блокпост", "نقطة تفتيش", "ایست بازرسی" },
			{ "warehouse", "un entrepôt", "склад", "مستودع", "انبار" },
			{ "speedboat", "une vedette rapide", "скоростной катер", "زورق سريع", "قایق تندرو" },
			{ "ferry", "un ferry", "паром", "عبارة", "کشتی مسافربری" },
			{ "container", "un conteneur", "контейнер", "حاوية", "کانتینر" },
			{ "minibus", "un minibus", "микроавтобус", "حافلة صغيرة", "مینی‌بوس" },
			{ "fuel depot", "un dépôt de carburant", "топливный склад", "مستودع وقود", "انبار سوخت" },
			{ "trawler", "un chalutier", "траулер", "سفينة صيد بشباك الجر", "کشتی ترال" },
			{ "patrol boat", "un patrouilleur", "патрульный катер", "زورق دورية", "قایق گشتی" },
			{ "roadblock", "un barrage routier", "заграждение", "حاجز طريق", "راه‌بند" },
			{ "motorcycle", "une moto", "мотоцикл", "دراجة نارية", "موتورسیکلت" },
			{ "radar station", "une station radar", "радиолокационная станция", "محطة رادار", "ایستگاه رادار" },
			{ "dinghy", "un canot pneumatique", "надувная лодка", "قارب مطاطي", "قایق بادی" },
			{ "tugboat", "un remorqueur", "буксир", "قاطرة بحرية", "یدک‌کش" },
			{ "ambulance", "une ambulance", "машина скорой помощи", "سيارة إسعاف", "آمبولانس" },
			{ "pipeline", "un oléoduc", "трубопровод", "خط أنابيب", "خط لوله" },
			{ "airstrip", "une piste d'atterrissage", "взлётная полоса", "مهبط طائرات", "باند فرود" },
			{ "bridge", "un pont", "мост", "جسر", "پل" },
			{ "generator", "un groupe électrogène", "генератор", "مولد كهربائي", "ژنراتور" },
			{ "barge", "une barge", "баржа", "صندل", "بارج" },
			{ "frigate", "une frégate", "фрегат", "فرقاطة", "ناو" },
			{ "corvette", "une corvette", "корвет", "كورفيت", "ناوچه" },
			{ "submarine", "un sous-marin", "подлодка", "غواصة", "زیردریایی" },
			{ "crane", "une grue", "кран", "رافعة", "جرثقیل" },
			{ "bulldozer", "un bulldozer", "бульдозер", "جرافة", "بولدوزر" },
			{ "excavator", "une pelleteuse", "экскаватор", "حفارة", "بیل مکانیکی" },
			{ "forklift", "un chariot élévateur", "погрузчик", "رافعة شوكية", "لیفتراک" },
			{ "searchlight", "un projecteur", "прожектор", "كشاف ضوئي", "نورافکن" },
			{ "watchtower", "un mirador", "вышка", "برج مراقبة", "برج دیده‌بانی" },
			{ "trench", "une tranchée", "окоп", "خندق", "سنگر" },
			{ "bunker", "un bunker", "бункер", "مخبأ", "پناهگاه" },
			{ "tunnel", "un tunnel", "туннель", "نفق", "تونل" },
			{ "jammer", "un brouilleur", "глушилка", "جهاز تشويش", "پارازیت‌انداز" },
			{ "antenna", "une antenne", "антенна", "هوائي", "آنتن" },
			{ "substation", "une sous-station", "подстанция", "محطة فرعية", "پست برق" },
			{ "silo", "un silo", "элеватор", "صومعة", "سیلو" },
			{ "railcar", "un wagon", "вагон", "عربة قطار", "واگن" },
			{ "locomotive", "une locomotive", "локомотив", "قاطرة", "لوکوموتیو" },
			{ "hovercraft", "un aéroglisseur", "судно на воздушной подушке", "حوامة", "هاورکرافت" },
			{ "seaplane", "un hydravion", "гидросамолёт", "طائرة مائية", "هواپیمای آبی" },
			{ "transmitter", "un émetteur", "передатчик", "جهاز إرسال", "فرستنده" },
			{ "crate", "une caisse", "ящик", "صندوق", "جعبه" },
			{ "pallet", "une palette", "поддон", "منصة نقالة", "پالت" },
			{ "raft", "un radeau", "плот", "طوف", "کلک" },
			{ "buoy", "une bouée", "буй", "عوامة", "بویه" },
			{ "tent", "une tente", "палатка", "خيمة", "چادر" },
			{ "fence", "une clôture", "забор", "سياج", "حصار" },
			{ "gate", "un portail", "ворота", "بوابة", "دروازه" },
			{ "camera", "une caméra", "камера", "كاميرا", "دوربین" },
			{ "satphone", "un téléphone satellite", "спутниковый телефон", "هاتف فضائي", "تلفن ماهواره‌ای" },
			{ "quadcopter", "un quadricoptère", "квадрокоптер", "طائرة رباعية المراوح", "کوادکوپتر" },
			{ "ammunition", "des munitions", "боеприпасы", "ذخيرة", "مهمات" } };

	private static final List<String> THING_COLUMNS = List.of("en", "fr", "ru", "ar", "fa");

	private static final double[] THING_WEIGHTS = Weights.cumulative(THINGS.length, 1.0);

	private static final Map<String, String[]> TITLES = Map.of(
			"en", new String[] { "{O} sighted near {p}", "Unusual activity near {p}", "{O} reported off {p}",
					"Convoy with a {o} heading to {p}", "Checkpoint set up outside {p}", "Explosion reported in {p}",
					"Movement of a {o} near {p}", "Drone overflight over {p}" },
			"fr", new String[] { "Activité inhabituelle près de {p}", "Convoi aperçu en direction de {p}",
					"Observation : {o} au large de {p}", "Mouvement inhabituel à {p} : {o}", "Explosion signalée à {p}",
					"Barrage installé aux abords de {p}", "Survol de drone au-dessus de {p}", "{O} repéré près de {p}" },
			"ru", new String[] { "Необычная активность в районе г. {p}", "Колонна движется в сторону г. {p}",
					"Замечен объект: {o} (г. {p})", "Взрыв в районе г. {p}", "Блокпост на въезде в г. {p}",
					"Беспилотник над г. {p}", "Движение в районе г. {p}: {o}", "У побережья г. {p}: {o}" },
			"ar", new String[] { "نشاط غير عادي بالقرب من {p}", "قافلة متجهة نحو {p}", "مشاهدة {o} قبالة {p}",
					"انفجار في {p}", "حاجز جديد عند مدخل {p}", "طائرة مسيرة فوق {p}", "تحركات {o} قرب {p}",
					"رصد {o} في {p}" },
			"fa", new String[] { "فعالیت غیرعادی در نزدیکی {p}", "کاروان در حال حرکت به سمت {p}",
					"مشاهده {o} در نزدیکی {p}", "انفجار در {p}", "ایست بازرسی جدید در ورودی {p}",
					"پرواز پهپاد بر فراز {p}", "جابجایی {o} در {p}", "گزارش {o} در سواحل {p}" });

	private static final Map<String, String[]> SENTENCES = Map.of(
			"en", new String[] { "The source reports {n} persons on site since early morning.",
					"Two unmarked trucks were seen loading a {o} at the pier in {p}.",
					"Local authorities have not confirmed the observation.",
					"The activity matches the pattern reported last month by a partner.",
					"Radio traffic increased sharply around {h}:00 local time.",
					"A second observer independently describes the same {o}.",
					"A {o} was moved overnight from the port area towards {p}.",
					"Fishermen describe a {o} anchored about {n} kilometres offshore.",
					"Satellite imagery shows new earthworks next to a {o}.",
					"The checkpoint on the coastal road was closed for {n} hours.",
					"Witnesses heard explosions and saw smoke rising over {p}.",
					"The convoy included at least {n} vehicles and a {o}.",
					"Customs officers seized a {o} during an inspection.",
					"The information could not be verified by a second source." },
			"fr", new String[] { "La source signale {n} personnes sur place depuis le matin.",
					"Deux camions banalisés chargeaient {o} sur le quai à {p}.",
					"Les autorités locales n'ont pas confirmé l'observation.",
					"L'activité correspond au schéma signalé le mois dernier par un partenaire.",
					"Le trafic radio a fortement augmenté vers {h} heures, heure locale.",
					"Un second observateur mentionne lui aussi {o}.",
					"Pendant la nuit, {o} a quitté la zone portuaire en direction de {p}.",
					"Des pêcheurs signalent {o} à environ {n} kilomètres au large.",
					"Les images satellite montrent de nouveaux travaux de terrassement près de {p}.",
					"Le poste de contrôle de la route côtière a été fermé pendant {n} heures.",
					"Des témoins ont entendu des explosions et vu de la fumée au-dessus de {p}.",
					"Le convoi comptait au moins {n} véhicules, dont {o}.",
					"Les douaniers ont découvert {o} lors d'un contrôle.",
					"L'information n'a pas pu être vérifiée par une seconde source." },
			"ru", new String[] { "Источник сообщает о {n} людях на месте с раннего утра.",
					"У причала в районе г. {p} находится {o}.", "Местные власти не подтвердили наблюдение.",
					"Активность совпадает со схемой, о которой партнёр сообщил в прошлом месяце.",
					"Радиообмен резко усилился около {h} часов по местному времени.",
					"Второй наблюдатель независимо описывает тот же объект: {o}.",
					"Ночью из порта в сторону г. {p} отмечено движение: {o}.",
					"Рыбаки сообщают, что в {n} километрах от берега стоит {o}.",
					"Спутниковые снимки показывают новые земляные работы; рядом находится {o}.",
					"Блокпост на прибрежной дороге был закрыт на {n} часов.",
					"Свидетели слышали взрывы; дым поднимался над г. {p}.",
					"В составе колонны не менее {n} машин, среди них {o}.",
					"Таможенники изъяли груз: {o}.", "Информацию не удалось подтвердить из второго источника." },
			"ar", new String[] { "يفيد المصدر بوجود {n} أشخاص في الموقع منذ الصباح الباكر.",
					"تمت مشاهدة {o} قرب الرصيف في {p}.", "لم تؤكد السلطات المحلية هذه الملاحظة.",
					"يتطابق النشاط مع النمط الذي أبلغ عنه شريك الشهر الماضي.",
					"ازدادت حركة الاتصالات اللاسلكية بشكل حاد حوالي الساعة {h} بالتوقيت المحلي.",
					"يصف مراقب ثانٍ بشكل مستقل مشاهدة {o}.", "تم نقل {o} ليلاً من منطقة الميناء باتجاه {p}.",
					"يقول صيادون إنهم رأوا {o} على بعد {n} كيلومترات من الساحل.",
					"تظهر صور الأقمار الصناعية أعمال حفر جديدة بجوار {o}.",
					"أُغلقت نقطة التفتيش على الطريق الساحلي لمدة {n} ساعات.",
					"سمع شهود انفجارات وشاهدوا دخاناً يتصاعد فوق {p}.", "ضمت القافلة ما لا يقل عن {n} مركبات بينها {o}.",
					"ضبط موظفو الجمارك شحنة تضم {o}.", "تعذر التحقق من المعلومات من مصدر ثانٍ." },
			"fa", new String[] { "منبع از حضور {n} نفر در محل از صبح زود خبر می‌دهد.",
					"یک {o} در نزدیکی اسکله در {p} دیده شد.", "مقامات محلی این مشاهده را تأیید نکرده‌اند.",
					"این فعالیت با الگویی که یک شریک ماه گذشته گزارش داد مطابقت دارد.",
					"ترافیک رادیویی حدود ساعت {h} به وقت محلی به شدت افزایش یافت.",
					"ناظر دوم به طور مستقل همان {o} را توصیف می‌کند.", "یک {o} شبانه از منطقه بندر به سمت {p} منتقل شد.",
					"ماهیگیران از یک {o} در فاصله {n} کیلومتری ساحل خبر می‌دهند.",
					"تصاویر ماهواره‌ای خاکریزهای جدیدی در کنار {o} نشان می‌دهد.",
					"ایست بازرسی جاده ساحلی به مدت {n} ساعت بسته بود.",
					"شاهدان صدای انفجار شنیدند و دود را بر فراز {p} دیدند.", "کاروان دست‌کم شامل {n} خودرو و یک {o} بود.",
					"ماموران گمرک یک {o} را در یک کانتینر کشف کردند.", "این اطلاعات از منبع دوم قابل تأیید نبود." });

	private SearchVocabulary() {
	}

	/** The thing at {@code rank} (0 most common) as {@code language} writes it. */
	static String thing(int rank, String language) {
		return THINGS[rank][THING_COLUMNS.indexOf(language)];
	}

	static int things() {
		return THINGS.length;
	}

	/** A title about {@code place} in {@code language}. */
	static String title(SplittableRandom random, String language, Gazetteer.Place place) {
		String[] titles = TITLES.get(language);
		return fill(random, titles[random.nextInt(titles.length)], language, place);
	}

	/** Four to eight sentences about {@code place}; the place's Latin name follows a third of those in other scripts. */
	static String body(SplittableRandom random, String language, Gazetteer.Place place) {
		String[] sentences = SENTENCES.get(language);
		StringBuilder body = new StringBuilder();
		int count = 4 + random.nextInt(5);
		for (int i = 0; i < count; i++) {
			if (i > 0) {
				body.append(' ');
			}
			body.append(fill(random, sentences[random.nextInt(sentences.length)], language, place));
		}
		if (!language.equals("en") && !language.equals("fr") && random.nextInt(3) == 0) {
			body.append(" (").append(place.name()).append(')');
		}
		return body.toString();
	}

	private static String fill(SplittableRandom random, String template, String language, Gazetteer.Place place) {
		String name = place.nameIn(language);
		String text = template;
		if (language.equals("fr") && startsWithVowel(name)) {
			// French elides "de" before a vowel: "près d'Odesa".
			text = text.replace("de {p}", "d'{p}");
		}
		text = text.replace("{p}", name);
		if (text.contains("{o}") || text.contains("{O}")) {
			String thing = thing(Weights.pick(random, THING_WEIGHTS), language);
			if (language.equals("en") && startsWithVowel(thing.toUpperCase())) {
				text = text.replace("a {o}", "an {o}");
			}
			text = text.replace("{o}", thing)
				.replace("{O}", Character.toUpperCase(thing.charAt(0)) + thing.substring(1));
		}
		return text.replace("{n}", Integer.toString(2 + random.nextInt(40)))
			.replace("{h}", Integer.toString(random.nextInt(24)));
	}

	private static boolean startsWithVowel(String name) {
		return "AEIOUÉ".indexOf(name.charAt(0)) >= 0;
	}

}
